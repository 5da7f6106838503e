from enum import StrEnum


class LegacyAccountInfoType(StrEnum):
    C = "C"
    D = "D"
    F = "F"
    M = "M"
    X = "X"

    def __str__(self) -> str:
        return str(self.value)
