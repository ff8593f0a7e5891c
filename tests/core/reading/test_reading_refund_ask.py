"""Asking for the money back names what is wanted; the topic is what went wrong, when the message says."""

from __future__ import annotations

import pytest

from calmdesk.core.reading import read_message


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (  # "mein Geld" is a refund cue as well as the ask's words: the broken vacuum is the subject
            "Hallo, ich schreibe zum dritten Mal wegen meiner Bestellung 558812. Der Staubsauger kam "
            "kaputt an und niemand antwortet. Ich will mein Geld zurück, sonst gehe ich zum Anwalt!",
            "damaged",
        ),
        (
            "Bonjour, je vous écris encore pour la commande 558812. L'aspirateur est arrivé "
            "cassé et personne ne répond. Je veux être remboursé.",
            "damaged",
        ),
        (
            "Olá, é a terceira vez que escrevo sobre o pedido 558812. O aspirador chegou quebrado e ninguém "
            "responde. Quero meu dinheiro de volta.",
            "damaged",
        ),
    ],
)
def test_a_refund_asked_for_after_a_problem_is_not_the_subject(text: str, topic: str) -> None:
    reading = read_message(text)
    assert "refund" in reading.asks, "the ask is still read"
    assert reading.topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "Ich will mein Geld zurück für die Bestellung 55812.",
        "Quiero mi dinero de vuelta del pedido 55812, por favor.",
        "Hi, I would like a refund for order 55812 please.",
    ],
)
def test_a_refund_asked_for_with_no_other_problem_is_the_subject(text: str) -> None:
    reading = read_message(text)
    assert reading.topic == "refund"
    assert any(item.field == "topic" for item in reading.evidence), "with its evidence"


def test_a_cancel_asked_for_stays_the_subject_beside_a_delay() -> None:
    reading = read_message("I'd like to cancel order 6603391 please, it hasn't shipped yet.")
    assert reading.topic == "cancellation"
