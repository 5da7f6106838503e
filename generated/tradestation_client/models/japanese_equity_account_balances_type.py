from enum import StrEnum


class JapaneseEquityAccountBalancesType(StrEnum):
    J = "J"

    def __str__(self) -> str:
        return str(self.value)
