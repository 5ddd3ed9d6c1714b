package org.minnow.hw.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minnow.hw.cache.CacheConfig;
import org.minnow.hw.cache.Replacement;
import org.minnow.hw.cache.WritePolicy;

class ProfileTest {

    @Test
    void i486HasAnEightKilobyteUnifiedWriteThroughL1AndNoL2() {
        Profile p = Profile.i486();
        assertThat(p.name()).isEqualTo("i486");
        assertThat(p.unifiedL1()).isTrue();
        assertThat(p.l1i()).isEqualTo(p.l1d());
        assertThat(p.l1d()).isEqualTo(new CacheConfig("L1", 8192, 16, 4, Replacement.LRU, 0, WritePolicy.WRITE_THROUGH));
        assertThat(p.hasL2()).isFalse();
        assertThat(p.l2()).isNull();
        assertThat(p.tlb()).isEqualTo(new TlbConfig(32, 4));
    }

    @Test
    void i486CostsFollowTheIntelDocumentation() {
        CostTable c = Profile.i486().costs();
        assertThat(c.alu()).isEqualTo(1);
        assertThat(c.load()).isEqualTo(1);
        assertThat(c.branch()).isEqualTo(1);
        assertThat(c.branch() + c.takenBranch()).isEqualTo(3);
        assertThat(c.jump()).isEqualTo(3);
        assertThat(c.mul()).isEqualTo(13);
        assertThat(c.div()).isEqualTo(40);
        assertThat(c.memory()).isEqualTo(5);
        assertThat(c.trapEntry()).isEqualTo(71);
        assertThat(c.xret()).isEqualTo(36);
    }

    @Test
    void modernHasSplitWriteBackL1sAndAOneMegabyteL2() {
        Profile p = Profile.modern();
        assertThat(p.unifiedL1()).isFalse();
        assertThat(p.l1i()).isEqualTo(new CacheConfig("L1I", 32 * 1024, 64, 8, Replacement.LRU, 0, WritePolicy.WRITE_BACK));
        assertThat(p.l1d()).isEqualTo(new CacheConfig("L1D", 32 * 1024, 64, 8, Replacement.LRU, 0, WritePolicy.WRITE_BACK));
        assertThat(p.l2()).isEqualTo(new CacheConfig("L2", 1 << 20, 64, 16, Replacement.LRU, 0, WritePolicy.WRITE_BACK));
        assertThat(p.tlb()).isEqualTo(new TlbConfig(64, 4));
        CostTable c = p.costs();
        assertThat(c.l2Hit()).isEqualTo(12);
        assertThat(c.memory()).isBetween(150, 200);
        assertThat(c.mul()).isEqualTo(3);
        assertThat(c.div()).isBetween(20, 30);
    }

    @Test
    void findsBuiltInProfilesByName() {
        assertThat(Profile.names()).containsExactly("i486", "modern");
        assertThat(Profile.named("i486")).isEqualTo(Profile.i486());
        assertThat(Profile.named("modern")).isEqualTo(Profile.modern());
        assertThatThrownBy(() -> Profile.named("pentium")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pentium'").hasMessageContaining("i486, modern");
    }

    @Test
    void l1ChangesApplyToBothSidesAndKeepAUnifiedL1Unified() {
        Profile small = Profile.i486().withL1Size(2048).withL1Ways(2).withL1LineSize(32);
        assertThat(small.unifiedL1()).isTrue();
        assertThat(small.l1d()).isEqualTo(small.l1i());
        assertThat(small.l1d().sizeBytes()).isEqualTo(2048);
        assertThat(small.l1d().ways()).isEqualTo(2);
        assertThat(small.l1d().lineSize()).isEqualTo(32);

        Profile modern = Profile.modern().withL1Replacement(Replacement.RANDOM, 5).withL1WritePolicy(WritePolicy.WRITE_THROUGH);
        for (CacheConfig l1 : new CacheConfig[] {modern.l1i(), modern.l1d()}) {
            assertThat(l1.replacement()).isEqualTo(Replacement.RANDOM);
            assertThat(l1.seed()).isEqualTo(5);
            assertThat(l1.writePolicy()).isEqualTo(WritePolicy.WRITE_THROUGH);
        }
        assertThat(modern.l2()).isEqualTo(Profile.modern().l2());
        assertThat(modern.costs()).isEqualTo(Profile.modern().costs());
    }

    @Test
    void theWholeL1GeometryCanChangeAtOnce() {
        Profile tiny = Profile.modern().withL1Geometry(128, 64, 2);
        assertThat(tiny.l1i().sets()).isEqualTo(1);
        assertThat(tiny.l1d().ways()).isEqualTo(2);
        assertThat(tiny.l1d().name()).isEqualTo("L1D");
        assertThatThrownBy(() -> Profile.modern().withL1Size(128)).hasMessageContaining("too small");
    }

    @Test
    void l2AndL1SharingCanBeSwitched() {
        Profile noL2 = Profile.modern().withoutL2();
        assertThat(noL2.hasL2()).isFalse();
        CacheConfig l2 = CacheConfig.of("L2", 256 * 1024, 32, 8, Replacement.LRU, WritePolicy.WRITE_BACK);
        assertThat(Profile.i486().withL2(l2).l2()).isEqualTo(l2);
        assertThatThrownBy(() -> Profile.i486().withL2(null)).hasMessageContaining("withoutL2");

        Profile split = Profile.i486().withSplitL1();
        assertThat(split.unifiedL1()).isFalse();
        assertThat(split.l1i().name()).isEqualTo("L1I");
        assertThat(split.l1d().name()).isEqualTo("L1D");
        assertThat(split.l1d().sizeBytes()).isEqualTo(8192);
        Profile unified = Profile.modern().withUnifiedL1();
        assertThat(unified.unifiedL1()).isTrue();
        assertThat(unified.l1d().name()).isEqualTo("L1");
        assertThat(Profile.modern().withSplitL1()).isEqualTo(Profile.modern());
        assertThat(Profile.i486().withUnifiedL1()).isEqualTo(Profile.i486());
    }

    @Test
    void otherPartsCanBeReplaced() {
        Profile p = Profile.i486().withName("tiny").withTlb(new TlbConfig(8, 8))
                .withCosts(Profile.modern().costs());
        assertThat(p.name()).isEqualTo("tiny");
        assertThat(p.tlb().sets()).isEqualTo(1);
        assertThat(p.costs()).isEqualTo(Profile.modern().costs());
    }

    @Test
    void badDerivedGeometryIsRejectedByTheCacheRules() {
        assertThatThrownBy(() -> Profile.i486().withL1Size(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("L1").hasMessageContaining("100");
        assertThatThrownBy(() -> Profile.i486().withL1Ways(3)).hasMessageContaining("associativity");
    }

    @Test
    void aUnifiedL1NeedsOneConfiguration() {
        Profile p = Profile.modern();
        assertThatThrownBy(() -> new Profile("x", p.costs(), p.l1i(), p.l1d(), true, null, p.tlb()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unified");
        assertThatThrownBy(() -> new Profile("", p.costs(), p.l1i(), p.l1d(), false, null, p.tlb()))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new Profile("x", null, p.l1i(), p.l1d(), false, null, p.tlb()))
                .hasMessageContaining("must be given");
    }

    @Test
    void tlbGeometryIsChecked() {
        assertThat(new TlbConfig(32, 4).sets()).isEqualTo(8);
        assertThatThrownBy(() -> new TlbConfig(48, 4)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48");
        assertThatThrownBy(() -> new TlbConfig(32, 64)).hasMessageContaining("associativity");
        assertThatThrownBy(() -> new TlbConfig(32, 3)).hasMessageContaining("associativity");
    }

    @Test
    void describesItselfForPeople() {
        assertThat(Profile.i486().describe()).isEqualTo("""
                i486
                  L1: 8 KiB, 16-byte lines, 4-way, LRU, write-through (unified)
                  no L2
                  TLB: 32 entries, 4-way
                """);
        assertThat(Profile.modern().describe()).contains("L1I: 32 KiB", "L1D: 32 KiB", "L2: 1 MiB, 64-byte lines, 16-way");
    }
}
