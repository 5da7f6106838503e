from enum import StrEnum


class LegacyAccountInfoStatusType3Type1(StrEnum):
    A = "A"
    C = "C"
    D = "D"
    F = "F"
    I = "I"
    L = "L"
    R = "R"
    X = "X"

    def __str__(self) -> str:
        return str(self.value)
