"""hearten learn: short cards on what self-compassion is and is not."""

from __future__ import annotations

import click

from hearten.cli.context import echo_json


@click.command("learn")
@click.argument("topic", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the card (or every card) as JSON.")
def learn(topic, as_json):
    """Read a card: what self-compassion is, what gets in the way, what it brings."""
    from hearten.content.loaders import load_learn_cards
    from hearten.domain.records import InvalidInput

    cards = sorted(load_learn_cards().values(), key=lambda c: (c.order, c.id))
    if topic is None:
        if as_json:
            echo_json([c.model_dump(mode="json", by_alias=True) for c in cards])
            return
        for card in cards:
            click.echo(f"  {card.id:<30} {card.title}")
        click.echo()
        click.echo("Read one with: hearten learn TOPIC")
        return
    chosen = next((c for c in cards if c.id == topic), None)
    if chosen is None:
        raise InvalidInput(f"there is no card called {topic!r}; `hearten learn` lists them")
    if as_json:
        echo_json(chosen.model_dump(mode="json", by_alias=True))
        return
    click.echo(click.style(chosen.title, bold=True))
    click.echo()
    click.echo(chosen.body.strip())
    if chosen.try_practice:
        click.echo()
        click.echo(f"To try: hearten practice run {chosen.try_practice}")
