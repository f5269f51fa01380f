package vn.mailcompliance.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A {@link java.time.Duration} or {@link java.time.Period} longer than zero ({@code P90D}, not {@code P0D} or {@code P-1D}). */
@Documented
@Constraint(validatedBy = {DurationValidators.PositiveDuration.class, DurationValidators.PositivePeriod.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveDuration {

    String message() default "must be longer than zero, e.g. P90D or 10s";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
