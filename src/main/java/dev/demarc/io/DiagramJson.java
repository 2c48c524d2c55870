package dev.demarc.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON shape of a diagram file, format version 1, exactly as written on disk. Kept apart from the
 * domain model ({@link dev.demarc.model.Diagram}) so that the file format can change (with a migration)
 * without the model changing, and the other way round. Absent fields are {@code null}.
 */
record DiagramJson(
        @JsonProperty("format") String format,
        @JsonProperty("formatVersion") Integer formatVersion,
        @JsonProperty("title") String title,
        @JsonProperty("components") List<ComponentJson> components,
        @JsonProperty("connections") List<ConnectionJson> connections) {

    /** One component; {@code properties} stays a JSON object until it is checked against the catalog. */
    record ComponentJson(
            @JsonProperty("id") String id,
            @JsonProperty("type") String type,
            @JsonProperty("label") String label,
            @JsonProperty("parent") String parent,
            @JsonProperty("x") Double x,
            @JsonProperty("y") Double y,
            @JsonProperty("width") Double width,
            @JsonProperty("height") Double height,
            @JsonProperty("properties") ObjectNode properties) {
    }

    /** One connection, from the component that sends requests to the one that receives them. */
    record ConnectionJson(
            @JsonProperty("id") String id,
            @JsonProperty("from") String from,
            @JsonProperty("to") String to,
            @JsonProperty("label") String label) {
    }
}
