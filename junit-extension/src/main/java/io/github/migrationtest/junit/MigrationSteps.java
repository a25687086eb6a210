package io.github.migrationtest.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the method once per step of the {@link MigrationTest @MigrationTest} history, named after the step
 * ({@code 0005 add_phone}). The method can ask for the step as a
 * {@link io.github.migrationtest.core.migration.MigrationStep MigrationStep} (version, description, files) and as a
 * {@link io.github.migrationtest.core.check.StepUnderTest StepUnderTest}, which gives databases just before and
 * after the step and runs its checks for the assertions:
 *
 * <pre>{@code
 * @MigrationSteps
 * void everyStepIsReversible(StepUnderTest step) {
 *     assertThat(step).isReversible().preservesData();
 * }
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(MigrationStepsExtension.class)
public @interface MigrationSteps {
}
