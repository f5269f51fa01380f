package vn.mailcompliance.settings;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The validators of {@link PositiveDuration} and {@link NonNegativeDuration}; an absent value is left to {@code @NotNull}. */
public final class DurationValidators {

    private DurationValidators() {
    }

    /** A period is negative when any of its parts is ({@code P1M-40D} is not a sensible setting either). */
    private static boolean negative(Period period) {
        return period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0;
    }

    public static final class PositiveDuration
            implements ConstraintValidator<vn.mailcompliance.settings.PositiveDuration, Duration> {
        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null || !value.isNegative() && !value.isZero();
        }
    }

    public static final class PositivePeriod
            implements ConstraintValidator<vn.mailcompliance.settings.PositiveDuration, Period> {
        @Override
        public boolean isValid(Period value, ConstraintValidatorContext context) {
            return value == null || !negative(value) && !value.isZero();
        }
    }

    public static final class NonNegativeDuration
            implements ConstraintValidator<vn.mailcompliance.settings.NonNegativeDuration, Duration> {
        @Override
        public boolean isValid(Duration value, ConstraintValidatorContext context) {
            return value == null || !value.isNegative();
        }
    }

    public static final class NonNegativePeriod
            implements ConstraintValidator<vn.mailcompliance.settings.NonNegativeDuration, Period> {
        @Override
        public boolean isValid(Period value, ConstraintValidatorContext context) {
            return value == null || !negative(value);
        }
    }
}
