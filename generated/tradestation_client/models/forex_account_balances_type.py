from enum import StrEnum


class ForexAccountBalancesType(StrEnum):
    X = "X"

    def __str__(self) -> str:
        return str(self.value)
