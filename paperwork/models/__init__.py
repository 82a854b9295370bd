from .agreements import *  # noqa: F403
from .documents import *  # noqa: F403
from .insurance import *  # noqa: F403
from .minors import *  # noqa: F403
from .requests import *  # noqa: F403
from .safety import *  # noqa: F403
