from enum import StrEnum


class JapaneseAccountInfoStatus(StrEnum):
    CLOSE = "Close"
    OPEN = "Open"

    def __str__(self) -> str:
        return str(self.value)
