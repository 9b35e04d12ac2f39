"""``handbook rules [ID]``: the rules and their documentation, from the rule modules themselves."""

from __future__ import annotations

import click

from ..diagnostics import did_you_mean
from ..errors import UsageError
from ..rules import RULES


@click.command("rules")
@click.argument("rule_id", required=False)
def command(rule_id: str | None) -> None:
    """Print every rule, or the documentation of RULE_ID."""
    if rule_id is None:
        width = max(len(r) for r in RULES)
        for rid, module in RULES.items():
            click.echo(f"{rid:<{width}}  {module.SEVERITY:<7}  {module.SUMMARY}")
        click.echo(
            "\nRun `handbook rules ID` for a rule's documentation; set severities with `lint:` in handbook.yaml."
        )
        return
    found = RULES.get(rule_id.upper())
    if found is None:
        guess = did_you_mean(rule_id.upper(), RULES)
        hint = f"did you mean `{guess}`?" if guess else "run `handbook rules` for the list"
        raise UsageError(f"unknown rule '{rule_id}'; {hint}")
    module = found
    click.echo(f"{module.ID} ({module.NAME}), default severity: {module.SEVERITY}\n")
    click.echo((module.__doc__ or "").strip())
