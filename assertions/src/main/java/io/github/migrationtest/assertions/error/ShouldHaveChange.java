package io.github.migrationtest.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A schema diff has no change to a path.
 *
 * @since 0.1
 */
public class ShouldHaveChange extends BasicErrorMessageFactory {

    private static final String TEMPLATE = "%nExpecting schema diff to have a change to:%n  %s%nbut it only changes:%n  %s";

    private ShouldHaveChange(String path, List<String> changedPaths) {
        super(TEMPLATE, path, changedPaths);
    }

    /**
     * The message for a diff without a change to {@code path}, listing the paths it changes.
     */
    public static ErrorMessageFactory shouldHaveChange(String path, List<String> changedPaths) {
        return new ShouldHaveChange(path, changedPaths);
    }
}
