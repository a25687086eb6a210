package io.github.migrationtest.core.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The lock modes as the PostgreSQL conflict table describes them. */
class LockModeTests {

    @Test
    void parsesWhatPgLocksShowsAndPrintsWhatTheDocumentationWrites() {
        assertThat(LockMode.parse("AccessExclusiveLock")).isEqualTo(LockMode.ACCESS_EXCLUSIVE);
        assertThat(LockMode.parse("ShareUpdateExclusiveLock")).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
        assertThat(LockMode.parse("RowExclusiveLock")).isEqualTo(LockMode.ROW_EXCLUSIVE);
        assertThat(LockMode.ACCESS_EXCLUSIVE).hasToString("ACCESS EXCLUSIVE");
        assertThat(Arrays.stream(LockMode.values()).map(LockMode::pgLocksName).map(LockMode::parse))
                .containsExactly(LockMode.values());
        assertThatThrownBy(() -> LockMode.parse("ExclusiveLockX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAccessExclusiveBlocksReadsAndShareOrStrongerBlocksWrites() {
        assertThat(Arrays.stream(LockMode.values()).filter(LockMode::blocksReads))
                .containsExactly(LockMode.ACCESS_EXCLUSIVE);
        assertThat(Arrays.stream(LockMode.values()).filter(LockMode::blocksWrites)).containsExactly(LockMode.SHARE,
                LockMode.SHARE_ROW_EXCLUSIVE, LockMode.EXCLUSIVE, LockMode.ACCESS_EXCLUSIVE);
        assertThat(LockMode.SHARE_UPDATE_EXCLUSIVE.blocksTraffic()).isFalse();
        assertThat(LockMode.SHARE.max(LockMode.ROW_EXCLUSIVE)).isEqualTo(LockMode.SHARE);
    }
}
