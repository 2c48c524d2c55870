package dev.demarc.ui;

import dev.demarc.recovery.RecoveryInfo;
import dev.demarc.ui.recovery.RecoveryDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers the recovery questions in tests and records what the app asked and told. */
public final class FakeRecoveryDialogs implements RecoveryDialogs {

    /** One recovery question: about what, and whether Restore was on offer. */
    public record Asked(RecoveryInfo info, boolean canRestore) {
    }

    /** One error notice. */
    public record Shown(String what, String safety, Path log) {
    }

    private final Deque<Choice> answers = new ArrayDeque<>();
    private final List<Asked> asked = new CopyOnWriteArrayList<>();
    private final List<Shown> errors = new CopyOnWriteArrayList<>();

    /** The answers to the next recovery questions, in order; when they run out, the answer is LATER. */
    public void answer(Choice... choices) {
        answers.addAll(List.of(choices));
    }

    public List<Asked> asked() {
        return asked;
    }

    public List<Shown> errors() {
        return errors;
    }

    @Override
    public Choice askAboutRecovered(RecoveryInfo info, boolean canRestore) {
        asked.add(new Asked(info, canRestore));
        return answers.isEmpty() ? Choice.LATER : answers.poll();
    }

    @Override
    public void showError(String what, String safety, Path log) {
        errors.add(new Shown(what, safety, log));
    }
}
