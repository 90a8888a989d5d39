package org.emodisparity.embedded;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line's checks of the paths a user gives, made before any work starts (before the application is
 * even built, see {@link Main}): every mistake is one line and its own exit code, never a stack trace and never
 * after an hour of analysis.
 *
 * <pre>
 *   exit  meaning
 *   2     the command line itself: unknown option, missing value (picocli's own message)
 *   10    no such file
 *   11    not a regular file (a directory, a device, a pipe)
 *   12    a symbolic link (give the file itself: a link may point anywhere, e.g. /etc/passwd)
 *   13    the file cannot be read (permissions)
 *   14    a file of the wrong kind for its option (--transcript not .vtt/.srt)
 *   15    --out or --bucket names something that is not a folder, or a folder that cannot be made
 *   16    an option's value is not valid (--speakers 0, an unusable participant name)
 * </pre>
 */
public final class InputPaths {

    /** A user's mistake: the one line to print and the exit code. */
    public record UsageError(int exitCode, String message) {
        public static final int MISSING = 10;
        public static final int NOT_A_FILE = 11;
        public static final int SYMLINK = 12;
        public static final int UNREADABLE = 13;
        public static final int WRONG_KIND = 14;
        public static final int NOT_A_FOLDER = 15;
        public static final int BAD_VALUE = 16;

        /** The line printed to stderr: {@code analyze: <message>}. */
        public String line(String command) {
            return command + ": " + message;
        }
    }

    private InputPaths() {
    }

    /** An input file ({@code what} names the option for the message, e.g. "--transcript"). */
    public static Optional<UsageError> inputFile(String what, Path file) {
        if (Files.isSymbolicLink(file)) {
            return error(UsageError.SYMLINK, what + " is a symbolic link: " + file
                    + " (give the file itself, e.g. $(realpath FILE))");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return error(UsageError.MISSING, "no such file: " + file);
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return error(UsageError.NOT_A_FILE, what + " is a directory, not a file: " + file);
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return error(UsageError.NOT_A_FILE, what + " is not a regular file (a device or a pipe): " + file);
        }
        if (!Files.isReadable(file)) {
            return error(UsageError.UNREADABLE, what + " cannot be read (permission denied): " + file);
        }
        return Optional.empty();
    }

    /** A transcript: an input file named .vtt or .srt. */
    public static Optional<UsageError> transcript(Path file) {
        Optional<UsageError> e = inputFile("--transcript", file);
        if (e.isPresent()) {
            return e;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".vtt") && !name.endsWith(".srt")) {
            return error(UsageError.WRONG_KIND, "--transcript must be a WebVTT (.vtt) or SRT (.srt) file: " + file);
        }
        return Optional.empty();
    }

    /** A folder that is written into: absent (it is made) or an existing folder, never a file. */
    public static Optional<UsageError> outputFolder(String what, Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return error(UsageError.NOT_A_FOLDER, what + " names a file, not a folder: " + dir);
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
            return error(UsageError.NOT_A_FOLDER, what + " cannot be made: " + dir + " ("
                    + (Files.isDirectory(existing) ? "no permission to write in " : "not a folder: ") + existing + ")");
        }
        return Optional.empty();
    }

    static Optional<UsageError> error(int code, String message) {
        return Optional.of(new UsageError(code, message));
    }
}
