"""The labels of the blanks the built-in phrases use, in the agent's interface language.

A blank's name is a key shared by every language's version of a phrase ("{{order_number}}"), so a German
phrase asks for the same value as its English one; the label the fill-in form and the preview show is the
agent's words, and comes from the catalogue. A team's own blank names are not here: their label is made
from the name as written (placeholder_types.Placeholder.label), in whatever language the team wrote it.
"""

from __future__ import annotations

from calmdesk.core.messages import N_
from calmdesk.core.messages import gettext as _

_LABELS = {
    "actions_taken": N_("What was done"),
    "address": N_("Address"),
    "agent_name": N_("Your name"),  # the agent fills it: "Agent name" is how a tool talks
    "alternative": N_("Alternative"),
    "amount": N_("Amount"),
    "callback_time": N_("Callback time"),
    "colleague": N_("Colleague"),
    "commitment": N_("Commitment"),
    "company": N_("Company"),
    "correct_info": N_("Correct information"),
    "credit_amount": N_("Credit amount"),
    "customer_name": N_("Customer name"),
    "date": N_("Date"),
    "days": N_("Days"),
    "deadline": N_("Deadline"),
    "delay": N_("Delay"),
    "detail": N_("Detail"),
    "discount": N_("Discount"),
    "discount_code": N_("Discount code"),
    "expiry_date": N_("Expiry date"),
    "extra": N_("Extra"),
    "fallback": N_("Fallback"),
    "fee_name": N_("Fee"),
    "first_action": N_("First action"),
    "first_issue": N_("First issue"),
    "first_step": N_("First step"),
    "improvement": N_("Improvement"),
    "invoice_date": N_("Invoice date"),
    "issue": N_("Issue"),
    "key_detail": N_("Key detail"),
    "key_point": N_("Key point"),
    "main_issue": N_("Main issue"),
    "menu_path": N_("Menu path"),
    "minutes": N_("Minutes"),
    "negative": N_("Downside"),
    "occasion": N_("Occasion"),
    "offer": N_("Offer"),
    "option_a": N_("Option A"),
    "option_b": N_("Option B"),
    "order_number": N_("Order number"),
    "order_prefix": N_("Order prefix"),
    "period": N_("Period"),
    "positive": N_("Upside"),
    "progress": N_("Progress"),
    "proposed_fix": N_("Proposed fix"),
    "refund_amount": N_("Refund amount"),
    "refund_days": N_("Refund days"),
    "response_time": N_("Response time"),
    "second_action": N_("Second action"),
    "second_issue": N_("Second issue"),
    "service": N_("Service"),
    "shipping_fee": N_("Shipping fee"),
    "status": N_("Status"),
    "summary": N_("Summary"),
    "supervisor_name": N_("Supervisor's name"),
    "support_email": N_("Support e-mail"),
    "team": N_("Team"),
    "ticket": N_("Ticket"),
    "time": N_("Time"),
    "time_ago": N_("How long ago"),
    "tracking_number": N_("Tracking number"),
    "update_time": N_("Update time"),
    "upgrade": N_("Upgrade"),
    "visit_day": N_("Visit day"),
    "visit_window": N_("Visit window"),
    "voucher_code": N_("Voucher code"),
    "voucher_value": N_("Voucher value"),
    "weekday": N_("Weekday"),
    "what_went_wrong": N_("What went wrong"),
    "workaround": N_("Workaround"),
}
# A clock value moved ahead ("{{time+2h}}") is what the reply promises.
_PROMISED = {"time": N_("Promised time"), "date": N_("Promised date"), "weekday": N_("Promised day")}


def label(name: str, *, promised: bool = False) -> str:
    """The label of blank `name` in the interface language; a name not listed reads as written."""
    known = _PROMISED.get(name) if promised else None
    known = known or _LABELS.get(name)
    if known is not None:
        return _(known)
    return name.replace("_", " ").strip().capitalize()


def is_known(name: str) -> bool:
    """Whether `name` is one of the built-in blanks, whose label the catalogue translates."""
    return name in _LABELS
