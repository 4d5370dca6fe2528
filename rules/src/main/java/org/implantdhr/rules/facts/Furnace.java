package org.implantdhr.rules.facts;

import java.time.LocalDate;

/** The furnace with its AMS 2750 class and TUS/SAT due dates. */
public record Furnace(String furnaceId, Integer amsClass, LocalDate tusDue, LocalDate satDue) {}
