from watch.cli import main

main()
