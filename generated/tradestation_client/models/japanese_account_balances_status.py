from enum import StrEnum


class JapaneseAccountBalancesStatus(StrEnum):
    CLOSE = "Close"
    OPEN = "Open"

    def __str__(self) -> str:
        return str(self.value)
