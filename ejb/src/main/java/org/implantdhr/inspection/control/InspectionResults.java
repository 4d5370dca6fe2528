package org.implantdhr.inspection.control;

import java.util.List;
import java.util.Optional;

/** The characteristics of one dimensional inspection, in file order, with unique names. */
public record InspectionResults(List<MeasuredCharacteristic> characteristics) {

    public InspectionResults {
        characteristics = List.copyOf(characteristics);
        if (characteristics.stream().map(MeasuredCharacteristic::name).distinct().count()
                != characteristics.size()) {
            throw new IllegalArgumentException("characteristic names repeat");
        }
    }

    public Optional<MeasuredCharacteristic> find(String name) {
        return characteristics.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
