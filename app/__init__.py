"""The domain: services, validation, imports and reports. Plain Python, no Qt."""
