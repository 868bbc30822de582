"""Host figures: sampling (psutil, NVML) into ring buffers, processes, alerts."""
