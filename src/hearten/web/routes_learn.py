"""Learn: the short cards about self-compassion, each with a practice to try."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hearten.web.render import page, state_of

router = APIRouter(include_in_schema=False)


@router.get("/learn")
def learn(request: Request):
    state = state_of(request)
    cards = [
        (card, state.practices.get(card.try_practice) if card.try_practice else None)
        for card in state.learn_cards.values()
    ]
    return page(request, "learn.html", title="Learn", cards=cards)
