package vn.mailcompliance.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.scheduling.support.CronExpression;

/** A Spring cron expression of six fields (second minute hour day month weekday). */
@Documented
@Constraint(validatedBy = Cron.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Cron {

    String message() default "is not a cron expression of six fields (second minute hour day month weekday), "
            + "e.g. \"0 30 16 * * MON-FRI\"";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<Cron, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null && CronExpression.isValidExpression(value);
        }
    }
}
