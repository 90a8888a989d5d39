package org.emodisparity.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.emodisparity.model.Contract;
import org.junit.jupiter.api.Test;

/** {@code emodisparity token}: a token of the local issuer, signed with the key the sessions API verifies with. */
@QuarkusMainTest
class TokenCommandTest {

    @Test
    void tokenPrintsASignedTokenOfTheLocalIssuerWithClinicAndRole(QuarkusMainLauncher launcher) throws Exception {
        LaunchResult result = launcher.launch("token", "--clinic", "clinic-7", "--role", "clinician", "--ttl", "30m");
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        // stdout of the in-process launch also carries the test profile's console log; the token is its own line
        String token = result.getOutput().lines().filter(l -> l.startsWith("eyJ")).findFirst().orElseThrow();
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        JsonNode claims = Contract.json().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("urn:emodisparity:local", claims.path("iss").asText());
        assertEquals("clinic-7", claims.path("clinic").asText());
        assertEquals("clinician", claims.path("groups").get(0).asText());
        long ttl = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertTrue(ttl > 0 && ttl <= 1800, "ttl " + ttl);

        String pem = Files.readString(Path.of("target/jwt/public.pem")).replaceAll("-----[A-Z ]+-----|\\s", "");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem))));
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "signed with the local issuer's key");
    }

    @Test
    void tokenRefusesUnknownRolesUnsafeClinicsAndLongLifetimes(QuarkusMainLauncher launcher) {
        assertEquals(2, launcher.launch("token", "--clinic", "c", "--role", "root").exitCode());
        assertEquals(2, launcher.launch("token", "--clinic", "../c", "--role", "admin").exitCode());
        assertEquals(2, launcher.launch("token", "--clinic", "c", "--role", "admin", "--ttl", "2d").exitCode());
    }
}
