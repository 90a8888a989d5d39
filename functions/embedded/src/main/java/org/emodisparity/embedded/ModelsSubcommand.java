package org.emodisparity.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.emodisparity.models.ModelsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code models list | install --profile default|paper | verify}: the model catalog's own command, reachable
 * from the main CLI. Its arguments are passed through unparsed, in order.
 */
@Command(name = "models", description = "List, install and verify the models of the catalog: "
        + "list | install --profile default|paper [--pin] [--model ID] | verify  (see model-catalog/README.md)")
public class ModelsSubcommand implements Callable<Integer> {

    @Unmatched
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        return new ModelsCommand().run(args.toArray(String[]::new), System.out, System.err);
    }
}
