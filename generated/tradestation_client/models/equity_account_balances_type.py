from enum import StrEnum


class EquityAccountBalancesType(StrEnum):
    C = "C"
    D = "D"
    M = "M"

    def __str__(self) -> str:
        return str(self.value)
