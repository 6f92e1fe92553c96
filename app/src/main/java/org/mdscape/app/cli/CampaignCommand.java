package org.mdscape.app.cli;

import picocli.CommandLine.Command;

/** {@code mdscape campaign}: parameter sweeps kept in a campaign file NAME.mdscape. */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (a campaign) on this computer and query its results.",
                "A campaign is one SQLite file, NAME.mdscape, with its checkpoints in NAME.mdscape-data/.",
                "Example specs: assets/examples/."},
        subcommands = {CampaignRunCommand.class, CampaignStatusCommand.class, CampaignResumeCommand.class,
                CampaignCancelCommand.class, CampaignExportSpecCommand.class, CampaignExportCommand.class,
                CampaignForceCommand.class})
final class CampaignCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
