package dev.helhet.statistics.service;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link OpenCube} as the statistics offices publish: long-format CSV (one figure per line) and
 * JSON-stat 2.0 (https://json-stat.org/format/), dimensions municipality × quarter × measure. A suppressed figure
 * has no value and the status {@link #SUPPRESSED}.
 */
public final class OpenDataFormats {

    /** The status of a suppressed figure, as Statistics Norway marks figures withheld for confidentiality. */
    public static final String SUPPRESSED = ":";
    public static final String SUPPRESSED_MEANING = "Suppressed: fewer than 5, or would reveal such a figure by subtraction";

    private OpenDataFormats() {
    }

    public static String csv(OpenCube cube) {
        StringBuilder csv = new StringBuilder("dataset,municipality,quarter,measure,value,status\r\n");
        for (String municipality : cube.municipalities()) {
            for (String quarter : cube.quarters()) {
                for (String measure : cube.measures()) {
                    Long value = cube.published(new OpenCube.Cell(municipality, quarter, measure));
                    csv.append(cube.indicator().code()).append(',').append(municipality).append(',').append(quarter).append(',')
                            .append(measure).append(',').append(value == null ? "" : value.toString()).append(',')
                            .append(value == null ? SUPPRESSED : "").append("\r\n");
                }
            }
        }
        return csv.toString();
    }

    /** A JSON-stat 2.0 dataset; values in row-major order of {@code id}. */
    public static Map<String, Object> jsonStat(OpenCube cube) {
        List<Long> values = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        for (String municipality : cube.municipalities()) {
            for (String quarter : cube.quarters()) {
                for (String measure : cube.measures()) {
                    Long value = cube.published(new OpenCube.Cell(municipality, quarter, measure));
                    if (value == null) {
                        status.put(Integer.toString(values.size()), SUPPRESSED);
                    }
                    values.add(value);
                }
            }
        }
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("municipality", dimension("Municipality", cube.municipalities(), OpenDataFormats::municipalityLabel));
        dimension.put("quarter", dimension("Quarter", cube.quarters(), quarter -> quarter));
        dimension.put("measure", dimension("Measure", cube.measures(), measure -> measure));

        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("version", "2.0");
        dataset.put("class", "dataset");
        dataset.put("label", "Helhet: " + cube.indicator().code() + " by municipality and quarter");
        dataset.put("source", "Helhet, built from the platform's events (docs/statistics.md)");
        dataset.put("updated", cube.updated().toString());
        dataset.put("id", List.of("municipality", "quarter", "measure"));
        dataset.put("size", List.of(cube.municipalities().size(), cube.quarters().size(), cube.measures().size()));
        dataset.put("role", Map.of("geo", List.of("municipality"), "time", List.of("quarter"), "metric", List.of("measure")));
        dataset.put("dimension", dimension);
        dataset.put("value", values);
        dataset.put("status", status);
        dataset.put("note", List.of("Status \"" + SUPPRESSED + "\": " + SUPPRESSED_MEANING + ".",
                "Municipality \"" + OpenCube.REGION + "\" is the sum of every municipality on the platform."));
        return dataset;
    }

    private static Map<String, Object> dimension(String label, List<String> codes, java.util.function.Function<String, String> labelOf) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String code : codes) {
            index.put(code, index.size());
            labels.put(code, labelOf.apply(code));
        }
        return Map.of("label", label, "category", Map.of("index", index, "label", labels));
    }

    private static String municipalityLabel(String code) {
        if (OpenCube.REGION.equals(code)) {
            return "All municipalities";
        }
        return code.isEmpty() ? code : code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }
}
