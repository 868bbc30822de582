"""EnvDock GUI: Qt only. Calls core; core never calls back into it."""
