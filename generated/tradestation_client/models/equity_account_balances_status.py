from enum import StrEnum


class EquityAccountBalancesStatus(StrEnum):
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
