package dev.demarc.catalog;

/** The catalog's description of a duty, with the question a student asks about it ("What must I patch?"). */
public record DutyInfo(Duty duty, String name, String question, String description) {
}
