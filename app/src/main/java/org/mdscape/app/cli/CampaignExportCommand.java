package org.mdscape.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mdscape.engine.campaign.CampaignExport;
import org.mdscape.engine.campaign.CampaignStore;
import org.mdscape.engine.campaign.ExportTable;
import org.mdscape.engine.campaign.ParquetTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mdscape campaign export NAME.mdscape --format csv --out FILE}: results as flat tables. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the results as CSV or Parquet tables.",
                "FILE has one row per job (point and replica) with its inputs, state and scalars;",
                "FILE-profiles has the density profiles in long form (one row per job and bin);",
                "FILE-predictions, written when a surrogate answered jobs, has its profiles with the ensemble's spread."})
final class CampaignExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME.mdscape", description = "campaign file")
    Path file;

    @Option(names = "--format", paramLabel = "csv|parquet", defaultValue = "csv", description = "csv or parquet (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "output file, e.g. sweep.csv or sweep.parquet (profiles go to sweep-profiles.csv or .parquet)")
    Path out;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("parquet")) {
            throw new UsageError("--format", "must be csv or parquet (got '" + format + "')");
        }
        try (CampaignStore store = CampaignFiles.open(file)) {
            ExportTable points = CampaignExport.points(store);
            ExportTable profiles = CampaignExport.profiles(store);
            Path profilesOut = CampaignExport.profilesFile(out);
            if (f.equals("csv")) {
                CampaignExport.writeCsv(points, out);
                CampaignExport.writeCsv(profiles, profilesOut);
            } else {
                ParquetTableWriter.write(points, out);
                ParquetTableWriter.write(profiles, profilesOut);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d rows; %s: %d rows%n", out, points.rows().size(),
                    profilesOut, profiles.rows().size());
            ExportTable predictions = CampaignExport.predictions(store);
            if (!predictions.rows().isEmpty()) {
                Path predictionsOut = CampaignExport.predictionsFile(out);
                if (f.equals("csv")) {
                    CampaignExport.writeCsv(predictions, predictionsOut);
                } else {
                    ParquetTableWriter.write(predictions, predictionsOut);
                }
                spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d rows (answered by the surrogate)%n", predictionsOut,
                        predictions.rows().size());
            }
        }
        return 0;
    }
}
