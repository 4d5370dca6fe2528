package org.implantdhr.web.finishing;

import java.util.Arrays;
import org.implantdhr.platform.control.InvalidRequestException;

/** Codes in a request are checked here, so that an unknown one is answered 422 naming the field. */
final class Enums {

    private Enums() {}

    static <E extends Enum<E>> E named(Class<E> type, String code, String field) {
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    field,
                    "'" + code + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
