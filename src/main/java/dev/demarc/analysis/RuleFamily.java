package dev.demarc.analysis;

/** A group of related rules, such as everything about EC2 instances. */
interface RuleFamily {

    void check(Facts facts, Findings out);
}
