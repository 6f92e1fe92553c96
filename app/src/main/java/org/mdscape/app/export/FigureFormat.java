package org.mdscape.app.export;

import java.util.Locale;

/** The file formats a figure is exported in. */
public enum FigureFormat {
    SVG, PDF, PNG;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
