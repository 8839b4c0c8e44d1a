"""Booking the fingerprint / personal-appearance visit (DOMAIN.md: rules of 12.09.2024)."""

from dialogs.booking.flow import BookingFeature, reminder_key
from dialogs.booking.policy import WARSAW, BookingPolicy, Office

__all__ = ["WARSAW", "BookingFeature", "BookingPolicy", "Office", "reminder_key"]
