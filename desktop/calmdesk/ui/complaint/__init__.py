"""The current complaint: checklist panel, forms, follow-ups and reminders."""
