package org.mdscape.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mdscape.engine.sim.Box;

/**
 * Reads the first frame of an extended-XYZ file (the format of ASE, OVITO and our trajectory writer).
 * Supports an orthorhombic {@code Lattice} and a {@code Properties} list containing {@code species:S:1}
 * and {@code pos:R:3} in any order; other columns are skipped.
 */
public final class ExtendedXyzReader {
    private static final Pattern KEY_VALUE = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)");

    private ExtendedXyzReader() {
    }

    /** Reads the first frame; {@link MalformedFileException} says what is wrong and on which line. */
    public static XyzFrame readFirstFrame(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String countLine = in.readLine();
            if (countLine == null) {
                throw new MalformedFileException(file + " is empty");
            }
            int n;
            try {
                n = Integer.parseInt(countLine.trim());
            } catch (NumberFormatException e) {
                throw new MalformedFileException(file + " line 1: expected the particle count, found '" + abbreviate(countLine) + "'");
            }
            if (n < 1) {
                throw new MalformedFileException(file + " line 1: particle count must be positive (got " + n + ")");
            }
            String comment = in.readLine();
            if (comment == null) {
                throw new MalformedFileException(file + " ends before its comment line");
            }
            Map<String, String> keys = new LinkedHashMap<>();
            Matcher m = KEY_VALUE.matcher(comment);
            while (m.find()) {
                keys.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).replace("\"", ""));
            }
            Box box = lattice(file, keys.get("lattice"));
            int[] columns = columns(file, keys.getOrDefault("properties", "species:S:1:pos:R:3"));
            String[] species = new String[n];
            double[][] pos = new double[n][3];
            for (int i = 0; i < n; i++) {
                String line = in.readLine();
                int lineNo = i + 3;
                if (line == null) {
                    throw new MalformedFileException(file + " ends at line " + (lineNo - 1) + " but declares " + n + " particles");
                }
                String[] f = line.trim().split("\\s+");
                if (f.length <= Math.max(columns[0], columns[1] + 2)) {
                    throw new MalformedFileException(file + " line " + lineNo + ": too few columns");
                }
                species[i] = f[columns[0]];
                for (int a = 0; a < 3; a++) {
                    try {
                        pos[i][a] = Double.parseDouble(f[columns[1] + a]);
                    } catch (NumberFormatException e) {
                        throw new MalformedFileException(file + " line " + lineNo + ": '" + abbreviate(f[columns[1] + a])
                                + "' is not a number");
                    }
                    if (!Double.isFinite(pos[i][a])) {
                        throw new MalformedFileException(file + " line " + lineNo + ": coordinate is not finite");
                    }
                }
            }
            double time = Double.NaN;
            if (keys.containsKey("time")) {
                try {
                    time = Double.parseDouble(keys.get("time"));
                } catch (NumberFormatException ignored) {
                    // Time is optional metadata; a non-numeric one is left out.
                }
            }
            return new XyzFrame(species, pos, box, time);
        }
    }

    private static Box lattice(Path file, String lattice) throws MalformedFileException {
        if (lattice == null) {
            throw new MalformedFileException(file + " line 2: no Lattice=\"...\" (the periodic box is required)");
        }
        String[] f = lattice.trim().split("\\s+");
        if (f.length != 9) {
            throw new MalformedFileException(file + " line 2: Lattice needs 9 numbers, found " + f.length);
        }
        double[] v = new double[9];
        for (int i = 0; i < 9; i++) {
            try {
                v[i] = Double.parseDouble(f[i]);
            } catch (NumberFormatException e) {
                throw new MalformedFileException(file + " line 2: Lattice value '" + abbreviate(f[i]) + "' is not a number");
            }
        }
        for (int i : new int[] {1, 2, 3, 5, 6, 7}) {
            if (v[i] != 0) {
                throw new MalformedFileException(file + " line 2: only orthorhombic boxes are supported (off-diagonal Lattice values must be 0)");
            }
        }
        if (!(v[0] > 0 && v[4] > 0 && v[8] > 0)) {
            throw new MalformedFileException(file + " line 2: Lattice edges must be positive");
        }
        return new Box(v[0], v[4], v[8]);
    }

    /** Column index of species and of the first position column. */
    private static int[] columns(Path file, String properties) throws MalformedFileException {
        String[] f = properties.split(":");
        if (f.length % 3 != 0) {
            throw new MalformedFileException(file + " line 2: Properties must be name:type:count triples");
        }
        int column = 0, species = -1, pos = -1;
        for (int i = 0; i < f.length; i += 3) {
            int count;
            try {
                count = Integer.parseInt(f[i + 2]);
            } catch (NumberFormatException e) {
                throw new MalformedFileException(file + " line 2: bad column count in Properties: " + f[i + 2]);
            }
            if (f[i].equalsIgnoreCase("species")) {
                species = column;
            } else if (f[i].equalsIgnoreCase("pos") && count == 3) {
                pos = column;
            }
            column += count;
        }
        if (species < 0 || pos < 0) {
            throw new MalformedFileException(file + " line 2: Properties must include species:S:1 and pos:R:3");
        }
        return new int[] {species, pos};
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
