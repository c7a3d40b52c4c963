/**
 * The postmortem core: the immutable domain model of a blameless postmortem, its validation and
 * its checks. Packages named {@code internal} are not exported and are not API.
 */
module dev.postmortem.core {
    requires static org.immutables.value.annotations;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;

    exports dev.postmortem.core.model;
    exports dev.postmortem.core.model.constraints;
    exports dev.postmortem.core.metrics;
    exports dev.postmortem.core.report;
    exports dev.postmortem.core.checks;
    exports dev.postmortem.core.checks.validation;
    exports dev.postmortem.core.checks.consistency;
    exports dev.postmortem.core.checks.config;
    exports dev.postmortem.core.checks.language;
    exports dev.postmortem.core.checks.readiness;
    exports dev.postmortem.core.checks.fivewhys;
    exports dev.postmortem.core.checks.justculture;
    exports dev.postmortem.core.checks.lifecycle;
    exports dev.postmortem.core.checks.maturity;

    // Hibernate Validator reads constraints from the package-private Abstract* accessors and
    // instantiates the internal constraint validators reflectively.
    opens dev.postmortem.core.model to
            org.hibernate.validator;
    opens dev.postmortem.core.internal.validation to
            org.hibernate.validator;

    // The model's constraint validators, for validators configured the standard way: Hibernate
    // Validator loads them through this service, so @ModelConstraints and the custom constraints
    // need no application configuration.
    // teams' own checks, found by PostmortemChecker.Builder.loadChecks
    uses dev.postmortem.core.checks.Check;

    provides jakarta.validation.ConstraintValidator with
            dev.postmortem.core.internal.validation.ModelValidators.Chronological,
            dev.postmortem.core.internal.validation.ModelValidators.ReviewAfterIncident,
            dev.postmortem.core.internal.validation.ModelValidators.BudgetOrder,
            dev.postmortem.core.internal.validation.ModelValidators.NotDoingRationale,
            dev.postmortem.core.internal.validation.ModelValidators.ErrorKindFits,
            dev.postmortem.core.internal.validation.ModelValidators.OptionalPresent,
            dev.postmortem.core.internal.validation.ModelValidators.Delegating;
}
