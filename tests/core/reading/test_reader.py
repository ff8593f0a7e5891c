"""The reader field by field, each rule both ways: what counts, and the look-alike that must not."""

from __future__ import annotations

import pytest

from calmdesk.core.reading import Reading, read_message


def test_a_typical_angry_message_is_read_whole() -> None:
    reading = read_message(
        "Hi,\n\nThis is my THIRD email. The TV (order #88123) arrived with a cracked screen and I want a "
        "replacement by Friday or I will leave a review everywhere.\n\n"
        "Regards,\nMaria Lopez\nmaria@example.com\n"
    )
    assert reading.topic == "damaged"
    assert reading.anger == 3
    assert reading.asks == ("replacement",)
    assert reading.threats == ("public",)
    assert reading.repeat_contact
    assert reading.order_number == "#88123"
    assert reading.customer_name == "Maria Lopez"
    assert reading.email == "maria@example.com"
    assert reading.deadline == "by Friday"


def test_every_piece_of_evidence_is_the_text_at_its_span() -> None:
    text = "Where is my order A-10492?? Third time asking. I want a refund now or I call my bank. - Tom"
    reading = read_message(text)
    assert {e.field for e in reading.evidence} >= {
        "topic",
        "asks",
        "threats",
        "repeat_contact",
        "order_number",
    }
    for item in reading.evidence:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I want a refund.", {"refund"}),
        ("I don't want a refund, I just want the right colour sent.", {"replacement"}),
        ("No need to call me back, an e-mail is fine.", set()),
        ("Please call me back on 07700 900461.", {"callback"}),
        ("Please do NOT send another replacement, the last two were broken too.", set()),
    ],
)
def test_a_negated_ask_is_no_ask(text: str, asks: set[str]) -> None:
    assert set(read_message(text).asks) == asks


def test_words_in_someone_elses_quote_are_not_the_customers() -> None:
    quoted = read_message('Your agent said "I will escalate this to a manager and refund you" and hung up.')
    assert "manager" not in quoted.asks
    assert "refund" not in quoted.asks
    own = read_message("Escalate this to a manager and refund me.")
    assert {"manager", "refund"} <= set(own.asks)


@pytest.mark.parametrize(
    ("text", "threats"),
    [
        ("If this isn't fixed by Monday my solicitor will be in touch.", {"legal"}),
        ("I'll dispute the charge with my bank.", {"chargeback"}),
        ("Expect a one star review on Trustpilot.", {"public"}),
        ("I'm taking my business elsewhere.", {"leave"}),
        ("I'm not going to leave a bad review, I just want it fixed.", set()),
        ("My bank statement shows the payment went out twice.", set()),
        ("Could your press office send me the new catalogue?", set()),
    ],
)
def test_threats_and_their_look_alikes(text: str, threats: set[str]) -> None:
    assert set(read_message(text).threats) == threats


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("My order A-10492 never came.", "A-10492"),
        ("Order #88123 is late.", "#88123"),
        ("ref ORD-2024-5531 please", "ORD-2024-5531"),
        ("order number is 4417720, thanks", "4417720"),
        ("Call me on 07700 900461 about my order.", None),
        ("Tracking JD014600006281234567 has not moved.", None),
        ("I paid £249.00 on 01/02/2024.", None),
        ("My XR-200 blender broke.", None),
        ("Ticket 348812 is still open.", None),
        ("Complaint ref 88213 - still waiting.", None),
        ("I sent the boots back (return ref RT-55102) weeks ago.", None),
    ],
)
def test_an_order_number_is_not_a_phone_parcel_price_date_product_or_ticket(
    text: str, order: str | None
) -> None:
    assert read_message(text).order_number == order


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Sam,\n\nMy parcel is late.\n\nKind regards,\nHelen Marsh\n07912 345678", "Helen Marsh"),
        ("Hi, I'm Daniel, my order hasn't shipped.", "Daniel"),
        ("Still no refund after three weeks. Sort it out.\n- Kev", "Kev"),
        (
            "My invoice is wrong.\n\nBest regards,\nSiobhan Kelly | Accounts Payable\nNorthwind Ltd",
            "Siobhan Kelly",
        ),
        ("Where is my parcel?\n\u2014 Sarah O'Brien", "Sarah O'Brien"),
        ("Customer Maria Lopez called about a broken vase. Calm.", "Maria Lopez"),
        ("The driver, Steve, threw it over the fence.", None),
        ("Your agent Priya told me the refund was done.", None),
        ("Thanks for your help, Ali.", None),
        ("I'm not happy at all.", None),
        ("I was charged twice. This is theft. I want it back.", None),
        ("hey its jess, whens my refund coming", "jess"),
        ("Called in: Mr. Ahmed Khan, acct 44512. Router drops every evening.", "Mr. Ahmed Khan"),
        ("Charged three months in a row. I want every cent back. - Jason", "Jason"),
        ("Order 5521098 arrived broken, please refund. Thank you very much. Mohamed", "Mohamed"),
    ],
)
def test_the_name_is_the_customers_never_the_agents_or_couriers(text: str, name: str | None) -> None:
    assert read_message(text).customer_name == name


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("I need it by Friday.", "by Friday"),
        ("Sort it within 48 hours or I go to my bank.", "within 48 hours"),
        ("Please call me back tomorrow morning.", "tomorrow morning"),
        ("I've had no internet since Monday.", None),
        ("My parcel arrived today, thanks.", None),
        ("Nobody called back. It's Thursday.", None),
        ("The voucher is valid until the 31st, please honour it.", None),
        ("I need the refund before the 31st, please.", "before the 31st"),
        ("Delete my account and all my data. GDPR. Today.", "Today"),
    ],
)
def test_a_deadline_is_a_time_something_is_needed_by(text: str, deadline: str | None) -> None:
    assert read_message(text).deadline == deadline


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hello, what time do you close on Saturdays?", 0, 0),
        ("Still waiting for my parcel, any news?", 1, 1),
        ("This is unacceptable. I want my money back.", 2, 2),
        ("THIS IS A DISGRACE. WORST COMPANY EVER. MY LAWYER WILL HEAR ABOUT THIS.", 3, 3),
        ("Customer called about a dented fridge. Calm, friendly.", 0, 0),
        ("Irate caller, wants a manager.", 3, 3),
        ("\U0001f621\U0001f621 still no parcel!!! order #77812", 2, 3),
    ],
)
def test_anger_levels(text: str, low: int, high: int) -> None:
    assert low <= read_message(text).anger <= high


def test_irony_beside_a_complaint_reads_angry_but_plain_praise_does_not() -> None:
    assert read_message("Wow, three weeks for express delivery. Truly impressive work.").anger >= 2
    assert read_message("Wow, the new store layout is great. Thanks!").anger == 0
    praise = (
        "Your rep, Dean, was brilliant yesterday. He sorted out my refund in minutes. Wanted to pass that on!"
    )
    assert read_message(praise).anger == 0


def test_a_span_of_time_is_not_a_deadline_but_a_time_to_meet_is() -> None:
    assert read_message("Complaint still open. 3 weeks. No response.").deadline is None
    assert read_message("Fix it within 3 weeks or I leave.").deadline == "within 3 weeks"


def test_a_typo_still_meets_its_cue_but_a_real_word_is_not_corrected() -> None:
    assert read_message("my parcle arrived smashd").topic == "damaged"
    assert read_message("I am writing to ask about opening hours").topic == "other"  # not "waiting"


def test_repeat_contact_both_ways() -> None:
    assert read_message("This is the third time I'm asking about my refund.").repeat_contact
    assert read_message("I already called twice about this.").repeat_contact
    assert not read_message("My phone case arrived scratched.").repeat_contact
    assert not read_message("The app crashes every time I pay.").repeat_contact


def test_the_summary_line_reads_like_the_issue_asks() -> None:
    reading = Reading(
        topic="damaged", anger=3, asks=("replacement",), threats=("public",), repeat_contact=True,
        order_number="A-10492", customer_name="Maria",
    )  # fmt: skip
    assert reading.summary() == (
        "Furious · damaged · asks: replacement · threatens: review · repeat contact · order A-10492 · Maria"
    )


def test_the_json_object_has_exactly_the_issues_keys() -> None:
    as_dict = read_message("I want a refund by Friday, order 4417720.").as_dict(
        ["solution.refund-if-preferred"]
    )
    assert list(as_dict) == [
        "topic", "anger", "asks", "threats", "repeat_contact", "order_number", "customer_name", "email",
        "deadline", "evidence", "phrases",
    ]  # fmt: skip
    assert as_dict["deadline"] is True
    assert as_dict["asks"] == ["refund"]
    assert as_dict["phrases"] == ["solution.refund-if-preferred"]


def test_mail_history_below_the_reply_is_not_read() -> None:
    text = "Thanks, all sorted now.\n\nOn Mon, 3 Jun 2024, Support wrote:\n> I will escalate to a manager.\n"
    reading = read_message(text)
    assert reading.asks == ()
    assert reading.anger == 0


@pytest.mark.parametrize(
    ("text", "shouting"),
    [
        ("WHERE IS MY PARCEL", True),  # short words in capitals count once the long ones shout
        ("NO RESPONSE AT ALL", True),
        ("where is my parcel", False),
        ("I got the TV and the HDMI cable, OK", False),  # abbreviations are no shouting
        ("PS: my ID is AB-12, OK?", False),
    ],
)
def test_a_short_message_all_in_capitals_is_shouting(text: str, shouting: bool) -> None:
    calm_case = read_message(text.lower()).anger
    assert (read_message(text).anger > calm_case) is shouting


def _features(text: str) -> dict[str, float]:
    """The anger features the reader counts in `text` (what the weights multiply)."""
    from calmdesk.core.reading.anger import features_of
    from calmdesk.core.reading.knowledge import builtin_knowledge
    from calmdesk.core.reading.prepared import prepare
    from calmdesk.core.reading.signals import sort_cues

    knowledge = builtin_knowledge()
    message = prepare(text)
    assert message is not None
    message = knowledge.cues.normalise(message)
    cues = sort_cues(message, knowledge.cues.find(message), knowledge.negation_reach)
    return features_of(message, cues, (), False, True, [], knowledge.markers)


@pytest.mark.parametrize(
    ("text", "feature", "count"),
    [
        # An intensifier strengthens the anger word right after it, and nothing else.
        ("This is absolutely ridiculous.", "intensified", 1),
        ("This is ridiculous.", "intensified", 0),
        ("That is absolutely fine, thank you.", "intensified", 0),
        # Polite fury: courtesy that carries anger.
        ("With all due respect, I fail to see why this takes six weeks.", "masked", 2),
        ("I respect your policy and I see why it takes six weeks.", "masked", 0),
        # Contacted many times is more than contacted before.
        ("This is the fifth time I have emailed about my boiler.", "repeated", 1),
        ("I live on Fifth Avenue and emailed about my boiler.", "repeated", 0),
        # One word per sentence is emphasis; short sentences of several words, or split by lines, are not.
        ("Third time asking. Where. Is. My. Refund.", "marks", 1),
        ("Where is it. Is it lost. My refund please.", "marks", 0),
        ("Where.\nIs.\nMy refund", "marks", 0),
        # Asking for something is not complaining yet; "why" and "where" questions are.
        ("Hi, can I pay for my order in instalments?", "asking", 1),
        ("Why have I been charged twice?", "asking", 0),
        ("Can you believe it. Still nothing.", "asking", 0),
        # An order barked at the start of a sentence is a demand; the same verb asked politely mid-way is not.
        ("Stop emailing me. Delete my data.", "demanding", 2),
        ("Could you stop the emails please?", "demanding", 0),
        # A concession the sentence turns from is polite fury; the same words meant are not.
        ("I appreciate you are busy, but I have waited nine days for a reply.", "conceding", 1),
        ("I'm sure it isn't your fault personally. However, my refund is late.", "conceding", 1),
        ("I'm sure you will sort it out soon, thank you.", "conceding", 0),
        ("I appreciate your help with the return.", "conceding", 0),
        # Opening with a polite request calms a plain problem, not an angry one.
        ("pls cancel my membership asap thx", "requesting", 1),
        ("Hi, I'd like to close my account please.", "requesting", 1),
        ("Please explain why you charged me twice. This is ridiculous.", "requesting", 0),
        ("The app crashed, please fix it.", "requesting", 0),
        # Two kinds of anger at once (here a demand and an angry word) weigh more than their sum.
        ("This is ridiculous. I want my money back.", "kinds", 1),
        ("This is ridiculous.", "kinds", 0),
    ],
)
def test_anger_features_count_what_they_name_and_not_look_alikes(text: str, feature: str, count: int) -> None:
    assert _features(text)[feature] == count


def test_a_calm_word_inside_an_angry_one_is_no_courtesy() -> None:
    assert _features("Why would you cancel my order without telling me?")["courtesy"] == 0
    assert _features("Would you cancel my order, the parcel never came?")["courtesy"] == 1


def test_courtesy_wrapped_round_polite_fury_does_not_calm_it() -> None:
    fury = _features("Thank you for your reply. With respect, I fail to see why my refund never came.")
    assert fury["masked"] == 2
    assert fury["courtesy"] == 0
    thanks = _features("Thank you for your reply. My refund never came.")
    assert thanks["courtesy"] >= 1


def test_irony_needs_something_wrong_beside_it_not_just_a_waiting_word() -> None:
    assert _features("So glad I paid for premium support to wait on hold for an hour.")["irony"] == 1
    assert _features("Wow, here in two days. Great!")["irony"] == 0
    # Something that did not happen is wrong enough: praise beside it is irony.
    assert _features("Brilliant, the app still won't let me log in.")["irony"] == 1
    assert _features("Brilliant, it works now.")["irony"] == 0


def test_courtesy_beside_a_complaint_is_not_calm() -> None:
    complaint = _features("Thank you for your reply. You charged me twice and it still is not refunded.")
    assert complaint["courtesy"] >= 1
    assert complaint["calm"] == 0
    praise = _features("Thank you, the parcel came today.")
    assert praise["calm"] >= 1
    assert praise["courtesy"] == 0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # Polite fury reads angry; the same courtesy around a plain request stays calm.
        ("With all due respect, I have now asked three times for my deposit back and I fail to see why it is "
         "taking so long.", 2, 2),
        ("Could you please process my refund? Thank you.", 0, 0),
        ("This is the fifth time I have emailed about my boiler.", 2, 2),
        ("Thanks, lovely service as always!", 0, 0),
        ("I appreciate you are busy, but I have now waited nine days for a reply to my complaint.", 2, 2),
        ("pls cancel my membership asap thx", 0, 0),
    ],
)  # fmt: skip
def test_polite_fury_and_many_contacts_read_angry(text: str, low: int, high: int) -> None:
    assert low <= read_message(text).anger <= high
