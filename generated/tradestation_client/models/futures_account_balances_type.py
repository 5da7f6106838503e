from enum import StrEnum


class FuturesAccountBalancesType(StrEnum):
    F = "F"

    def __str__(self) -> str:
        return str(self.value)
