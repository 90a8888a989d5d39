package org.emodisparity.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelsDirectoryTest {
    @Test
    void propertyBeatsEnvironmentBeatsHome() {
        assertEquals(Path.of("/p/models"), ModelsDirectory.resolve("/p/models", "/e/models", "/home/u"));
        assertEquals(Path.of("/e/models"), ModelsDirectory.resolve(null, "/e/models", "/home/u"));
        assertEquals(Path.of("/e/models"), ModelsDirectory.resolve(" ", "/e/models", "/home/u"));
        assertEquals(Path.of("/home/u/.emodisparity/models"), ModelsDirectory.resolve(null, "", "/home/u"));
    }
}
