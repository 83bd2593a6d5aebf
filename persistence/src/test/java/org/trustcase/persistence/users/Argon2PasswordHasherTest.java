package org.trustcase.persistence.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    /** Cheap parameters for the test; the stored hash says which were used. */
    private final Argon2PasswordHasher cheap = new Argon2PasswordHasher(64, 1, 1);

    @Test
    void aHashIsAnArgon2idPhcStringWithItsOwnSaltAndVerifiesOnlyItsPassword() {
        String first = cheap.hash("correct horse battery".toCharArray());
        String second = cheap.hash("correct horse battery".toCharArray());

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).as("a fresh salt each time").isNotEqualTo(second);
        assertThat(cheap.matches("correct horse battery".toCharArray(), first)).isTrue();
        assertThat(cheap.matches("correct horse batterY".toCharArray(), first)).isFalse();
        assertThat(cheap.matches("".toCharArray(), first)).isFalse();
    }

    @Test
    void aStoredHashIsCheckedWithTheParametersItNames() {
        String made = cheap.hash("zażółć gęślą jaźń".toCharArray());
        assertThat(Argon2PasswordHasher.STANDARD.matches("zażółć gęślą jaźń".toCharArray(), made)).isTrue();
        // the same hash claimed for other parameters does not verify
        assertThat(cheap.matches("zażółć gęślą jaźń".toCharArray(), made.replace("t=1", "t=2"))).isFalse();
    }

    @Test
    void whatIsNotAnArgon2idHashOfOursNeverVerifies() {
        char[] password = "anything at all".toCharArray();
        assertThat(cheap.matches(password, null)).isFalse();
        assertThat(cheap.matches(password, "")).isFalse();
        assertThat(cheap.matches(password, "anything at all")).isFalse();
        assertThat(cheap.matches(password, "$argon2i$v=19$m=64,t=1,p=1$c29tZXNhbHRzYWx0$"
                + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")).isFalse();
        // absurd work asked for: refused without trying
        assertThat(cheap.matches(password, "$argon2id$v=19$m=9999999,t=1,p=1$c29tZXNhbHRzYWx0$"
                + "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g")).isFalse();
    }
}
