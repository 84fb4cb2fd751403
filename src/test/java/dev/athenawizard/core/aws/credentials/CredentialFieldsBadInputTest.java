package dev.athenawizard.core.aws.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.ReadableMessage;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Region, access key id, secret access key, session token and profile name, with generated bad input: each is
 * refused with a {@link BadCredentialField} naming the right field in a readable message, never anything else; what
 * is valid is still taken, as typed apart from surrounding blanks.
 */
class CredentialFieldsBadInputTest {
    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void region_lookups_never_throw_and_accept_only_region_ids() {
        Random random = BadText.random("region");
        List<String> cases = BadText.values(random, BadText.cases(3_000), List.of("us-east-1", "eu-west-1"));
        for (String text : cases) {
            Optional<AthenaRegion> found = AthenaRegions.find(text);
            boolean shaped = AthenaRegions.isRegionId(text);
            String partition = AthenaRegions.partitionOf(text);

            assertThat(partition).isNotBlank();
            found.ifPresent(r -> assertThat(r.id()).as(ReadableMessage.visible(text)).isEqualTo(text.strip()));
            if (shaped) {
                assertThat(text).as("a region id is plain ASCII").matches("[a-z0-9-]+");
            }
        }
        assertThat(AthenaRegions.find(" eu-west-1\n")).map(AthenaRegion::id).contains("eu-west-1");
        assertThat(AthenaRegions.isRegionId("eu-west-1")).isTrue();
    }

    @Test
    void access_key_fields_are_refused_naming_the_field_and_valid_keys_are_taken() {
        Random random = BadText.random("access-key");
        List<String> keyIds = BadText.values(random, BadText.cases(2_000), List.of(KEY_ID, "ASIAQWERTYUIOPASDFGH"));
        List<String> secrets = BadText.values(random, BadText.cases(600), List.of(SECRET));
        int refused = 0;
        for (String keyId : keyIds) {
            String secret = secrets.get(random.nextInt(secrets.size()));
            String token = random.nextBoolean() ? "" : secrets.get(random.nextInt(secrets.size()));
            try {
                CredentialSource.AccessKey key = new CredentialSource.AccessKey(keyId, Secret.of(secret),
                        Optional.of(Secret.of(token)));
                assertThat(key.accessKeyId()).isEqualTo(keyId.strip());
                assertThat(key.provider().resolveCredentials().accessKeyId()).isEqualTo(keyId.strip());
                if (secret.strip().length() >= 8) {
                    assertThat(key.description()).doesNotContain(secret.strip());
                }
            } catch (BadCredentialField e) {
                refused++;
                String[] words = e.field() == BadCredentialField.Field.ACCESS_KEY_ID
                        ? new String[] {"access key id"} : new String[] {"secret"};
                ReadableMessage.check(e.getMessage(), keyId, words);
                if (secret.strip().length() >= 8) {
                    assertThat(e.getMessage()).doesNotContain(secret.strip());
                }
                boolean keyIdValid = keyId.strip().matches("[A-Z0-9]{16,128}");
                assertThat(e.field()).as(ReadableMessage.visible(keyId))
                        .isEqualTo(keyIdValid ? BadCredentialField.Field.SECRET_ACCESS_KEY
                                : BadCredentialField.Field.ACCESS_KEY_ID);
            }
        }
        assertThat(refused).isGreaterThan(keyIds.size() / 2);
    }

    @Test
    void a_blank_secret_or_session_token_is_refused_or_left_out_before_it_reaches_the_sdk() {
        for (String blank : List.of(" ", "\t", "\n", "  \r\n  ", "\u00a0", "\u3000")) {
            BadCredentialField e = org.assertj.core.api.Assertions.catchThrowableOfType(BadCredentialField.class,
                    () -> CredentialSource.AccessKey.of(KEY_ID, Secret.of(blank)));
            assertThat(e).as(ReadableMessage.visible(blank)).isNotNull();
            assertThat(e.field()).isEqualTo(BadCredentialField.Field.SECRET_ACCESS_KEY);

            CredentialSource.AccessKey key = new CredentialSource.AccessKey(KEY_ID, Secret.of(SECRET),
                    Optional.of(Secret.of(blank)));
            assertThat(key.temporary()).as(ReadableMessage.visible(blank)).isFalse();
            assertThat(key.provider().resolveCredentials().secretAccessKey()).isEqualTo(SECRET);
        }
    }

    @Test
    void a_secret_with_surrounding_blanks_signs_with_the_secret_itself() {
        CredentialSource.AccessKey key = CredentialSource.AccessKey.of(" " + KEY_ID + "\n", Secret.of("\t" + SECRET
                + " \n"));
        assertThat(key.provider().resolveCredentials().secretAccessKey()).isEqualTo(SECRET);
        assertThat(key.accessKeyId()).isEqualTo(KEY_ID);
    }

    @Test
    void profile_names_are_refused_only_when_blank_and_the_message_names_the_profile() {
        Random random = BadText.random("profile");
        for (String name : BadText.values(random, BadText.cases(1_000), List.of("dev", "analytics-prod"))) {
            try {
                CredentialSource.Profile profile = CredentialSource.Profile.named(name);
                assertThat(profile.name()).isEqualTo(name.strip()).isNotEmpty();
                ReadableMessage.check(profile.description(), name, "profile");
            } catch (BadCredentialField e) {
                assertThat(name).as(ReadableMessage.visible(name)).isBlank();
                assertThat(e.field()).isEqualTo(BadCredentialField.Field.PROFILE);
                ReadableMessage.check(e.getMessage(), name, "profile");
            }
        }
    }

    @Test
    void a_secret_keeps_every_character_it_was_given() {
        Random random = BadText.random("secret");
        for (String text : BadText.values(random, BadText.cases(500), List.of(SECRET))) {
            Secret secret = Secret.of(text);
            assertThat(secret.reveal()).isEqualTo(text);
            assertThat(secret.toString()).isEqualTo("****");
            assertThat(secret.sameAs(Secret.of(text))).isTrue();
            assertThat(secret.sameAs(Secret.of(text + "x"))).isFalse();
        }
        List<String> broken = List.of("\ud800", "\udc00", "\udbff", "?", "\ufffd");
        for (String a : broken) {
            for (String b : broken) {
                assertThat(Secret.of("k" + a).sameAs(Secret.of("k" + b))).as(a + " vs " + b).isEqualTo(a.equals(b));
            }
        }
    }
}
