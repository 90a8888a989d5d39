package org.emodisparity.sessions;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Issues bearer tokens without an identity provider, for tests, the embedded mode and {@code emodisparity token}.
 * Its RSA key lives in a folder ({@code private.pem}, owner-only; {@code public.pem} beside it, which the API
 * verifies tokens with when {@code mp.jwt.verify.publickey.location} points at it). The first use creates the key.
 * Production verifies tokens of the clinic's OIDC issuer instead and never reads this folder.
 */
public final class LocalTokenIssuer {
    public static final String ISSUER = "urn:emodisparity:local";
    public static final String PRIVATE_KEY = "private.pem";
    public static final String PUBLIC_KEY = "public.pem";
    /** Tokens of the local issuer are for a working day at most. */
    public static final Duration MAX_TTL = Duration.ofHours(12);

    private final Path dir;
    private final PrivateKey privateKey;

    public LocalTokenIssuer(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.privateKey = ensureKeys(this.dir);
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY);
    }

    /** A signed token of {@code subject} in {@code clinic} with the given roles, valid for {@code ttl}. */
    public String issue(String subject, String clinic, Set<String> roles, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw new IllegalArgumentException("token lifetime must be in (0, " + MAX_TTL.toHours() + " h]");
        }
        for (String role : roles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; known: " + Roles.ALL);
            }
        }
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim(Roles.CLINIC_CLAIM, clinic)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .jws().keyId("local")
                .sign(privateKey);
    }

    /** Reads the key, or creates it once (two processes racing: one wins, the other reads the winner's key). */
    static PrivateKey ensureKeys(Path dir) throws IOException {
        Files.createDirectories(dir);
        ownerOnly(dir, "rwx------");
        Path privateFile = dir.resolve(PRIVATE_KEY);
        if (!Files.exists(privateFile)) {
            Path tmp = Files.createTempFile(dir, ".key-", ".tmp");
            try {
                ownerOnly(tmp, "rw-------");
                Files.writeString(tmp, pem("PRIVATE KEY", newKey().getEncoded()));
                try {
                    Files.move(tmp, privateFile, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, privateFile);
                } catch (FileAlreadyExistsException e) {
                    // another process created it first
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        PrivateKey key = readPrivate(privateFile);
        String publicPem = pem("PUBLIC KEY", publicOf(key).getEncoded());
        Path publicFile = dir.resolve(PUBLIC_KEY);
        if (!Files.exists(publicFile) || !Files.readString(publicFile).equals(publicPem)) {
            Path tmp = Files.createTempFile(dir, ".pub-", ".tmp");
            Files.writeString(tmp, publicPem);
            Files.move(tmp, publicFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return key;
    }

    private static PrivateKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not an RSA private key in PKCS#8 PEM: " + file, e);
        }
    }

    private static PublicKey publicOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("the local key must be an RSA CRT key");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void ownerOnly(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the user's profile folder protects it
        }
    }
}
