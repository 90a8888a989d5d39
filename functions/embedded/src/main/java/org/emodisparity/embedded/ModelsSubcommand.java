package org.emodisparity.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emodisparity.models.ModelsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/** {@code models list | install --profile default|paper | verify}: the model catalog's command, from the main CLI. */
@Command(name = "models", description = "List, install and verify the models of the catalog (see model-catalog/README.md).")
public class ModelsSubcommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "ARGS", description = "list | install --profile default|paper [--pin] | verify")
    List<String> args = new ArrayList<>();

    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> all = new ArrayList<>(args);
        all.addAll(options);
        return new ModelsCommand().run(all.toArray(String[]::new), System.out, System.err);
    }
}
