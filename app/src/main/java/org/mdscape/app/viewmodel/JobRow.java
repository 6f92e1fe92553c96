package org.mdscape.app.viewmodel;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mdscape.engine.campaign.JobOverview;
import org.mdscape.engine.campaign.JobState;

/**
 * One row of the Runs screen's job table. Rows live as long as the campaign is open and only their properties
 * change, so a refresh redraws the cells whose text changed instead of rebuilding the table.
 */
public final class JobRow {
    private final long jobId;
    private final String point;
    private final ObjectProperty<JobState> state = new SimpleObjectProperty<>(JobState.PENDING);
    private final StringProperty stateLabel = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final IntegerProperty attempts = new SimpleIntegerProperty();
    private final StringProperty runtime = new SimpleStringProperty("-");
    private JobOverview last;

    JobRow(JobOverview o) {
        this.jobId = o.jobId();
        this.point = o.point().entrySet().stream().map((Map.Entry<String, Double> e) -> e.getKey() + " = "
                + (e.getValue() == null ? "?" : Numbers.plain(e.getValue()))).collect(Collectors.joining(", "))
                + (o.replica() > 0 ? String.format(Locale.ROOT, " (replica %d)", o.replica()) : "");
        update(o);
    }

    /** Takes the job's new state; properties change only where the value did. */
    void update(JobOverview o) {
        if (o.equals(last)) {
            return;
        }
        last = o;
        state.set(o.state());
        stateLabel.set(o.state().label());
        progress.set(o.progress());
        attempts.set(o.attempts());
        runtime.set(o.attempts() == 0 ? "-" : Numbers.duration(o.runtimeSeconds() / 3600));
    }

    public long jobId() {
        return jobId;
    }

    /** The point's values as text: "h = 2.5, zp = 1, c = 0.3". */
    public String point() {
        return point;
    }

    /** The engine's latest word on this job. */
    public JobOverview overview() {
        return last;
    }

    public ObjectProperty<JobState> stateProperty() {
        return state;
    }

    public StringProperty stateLabelProperty() {
        return stateLabel;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public IntegerProperty attemptsProperty() {
        return attempts;
    }

    public StringProperty runtimeProperty() {
        return runtime;
    }
}
