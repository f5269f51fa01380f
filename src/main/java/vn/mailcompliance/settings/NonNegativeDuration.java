package vn.mailcompliance.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A {@link java.time.Duration} or {@link java.time.Period} of zero or more ({@code P0D} allowed, {@code P-1D} not). */
@Documented
@Constraint(validatedBy = {DurationValidators.NonNegativeDuration.class, DurationValidators.NonNegativePeriod.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonNegativeDuration {

    String message() default "must not be negative, e.g. P0D or 2s";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
