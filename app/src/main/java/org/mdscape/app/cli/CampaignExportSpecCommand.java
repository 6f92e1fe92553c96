package org.mdscape.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign export-spec NAME.mdscape}: the JSON spec the campaign was created from. */
@Command(name = "export-spec", mixinStandardHelpOptions = true,
        description = "Print (or write) the campaign's spec exactly as it was given.")
final class CampaignExportSpecCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (CampaignStore store = CampaignFiles.open(file)) {
            if (out != null) {
                Files.writeString(out, store.specJson(), StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().print(store.specJson());
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }
}
