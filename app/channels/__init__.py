"""Channels: each turns a transport (SMS, voice, web) into engine calls and back."""
